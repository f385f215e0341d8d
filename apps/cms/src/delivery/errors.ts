/** A failure the caller caused or can act on; the handler turns it into the contract's ErrorResponse. */
export class DeliveryHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'DeliveryHttpError'
  }
}

export const notFound = (message: string) => new DeliveryHttpError(404, 'not_found', message)
export const badRequest = (code: string, message: string) => new DeliveryHttpError(400, code, message)
