import type { IncomingMessage, ServerResponse } from 'node:http'

/** A request header as one string, repeated fields joined as HTTP allows. */
export const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

/**
 * A Node request as a fetch `Request`, for handlers written against the web API: its method, path
 * and headers, under `origin` (the body is not read).
 */
export const toFetchRequest = (req: IncomingMessage, origin = `http://${req.headers.host ?? 'localhost'}`): Request => {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item)
  }
  return new Request(`${origin}${req.url ?? '/'}`, { method: req.method, headers })
}

/** Sends a fetch `Response` through a Node response, once its whole body has been read. */
export const sendFetchResponse = async (res: ServerResponse, response: Response): Promise<void> => {
  const body = Buffer.from(await response.arrayBuffer())
  res.writeHead(response.status, Object.fromEntries(response.headers))
  res.end(body)
}
