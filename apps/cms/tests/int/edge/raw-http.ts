import { request } from 'node:http'

export interface RawRequest {
  method: string
  /** Sent exactly as written: no URL parsing, so dot segments and bad encodings reach the server. */
  path: string
  headers?: Record<string, string>
  body?: string | Buffer
}

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

export interface Exchange {
  /** Settles once the whole request has been handed to the operating system. */
  sent: Promise<void>
  response: Promise<RawResponse>
}

/** One HTTP/1.1 request over a fresh connection; rejects if no complete answer within `timeoutMs`. */
export const send = (origin: string, req: RawRequest, timeoutMs: number): Promise<RawResponse> =>
  exchange(origin, req, timeoutMs).response

/** `send`, also telling when the request has left this process. */
export const exchange = (origin: string, req: RawRequest, timeoutMs: number): Exchange => {
  const url = new URL(origin)
  let markSent: () => void = () => {}
  const sent = new Promise<void>((resolve) => (markSent = resolve))
  const response = new Promise<RawResponse>((resolve, reject) => {
    const body = req.body === undefined ? undefined : Buffer.from(req.body)
    const outgoing = request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        agent: false,
        headers: { ...(body ? { 'content-length': String(body.length) } : {}), ...req.headers },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          clearTimeout(timer)
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') })
        })
        res.on('error', reject)
      },
    )
    const timer = setTimeout(() => {
      outgoing.destroy(new Error(`no complete answer within ${timeoutMs} ms`))
    }, timeoutMs)
    outgoing.on('error', (error) => {
      clearTimeout(timer)
      markSent()
      reject(error)
    })
    outgoing.on('finish', markSent)
    outgoing.end(body)
  })
  return { sent, response }
}
