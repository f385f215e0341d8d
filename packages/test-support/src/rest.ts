/** Payload's REST API, used the way an editor's browser uses it: real HTTP with a login token. */

export interface RestClient {
  /** The login token the client sends, for callers that set the `Authorization` header themselves. */
  token?: string
  get: <T = unknown>(path: string) => Promise<T>
  post: <T = unknown>(path: string, body: unknown) => Promise<T>
  patch: <T = unknown>(path: string, body: unknown) => Promise<T>
}

export interface Doc {
  id: string | number
  [field: string]: unknown
}

export interface DocList {
  docs: Doc[]
  totalDocs: number
}

const call = async <T>(url: string, method: string, token: string | undefined, body?: unknown): Promise<T> => {
  const response = await fetch(url, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  if (!response.ok) throw new Error(`${method} ${url} answered ${response.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}

export const restClient = (cmsUrl: string, token?: string): RestClient => ({
  token,
  get: (path) => call(`${cmsUrl}${path}`, 'GET', token),
  post: (path, body) => call(`${cmsUrl}${path}`, 'POST', token, body),
  patch: (path, body) => call(`${cmsUrl}${path}`, 'PATCH', token, body),
})

export const login = async (cmsUrl: string, email: string, password: string): Promise<RestClient> => {
  const { token } = await restClient(cmsUrl).post<{ token?: string }>('/api/users/login', { email, password })
  if (!token) throw new Error(`Logging in as ${email} gave no token`)
  return restClient(cmsUrl, token)
}

/** On an empty database Payload lets the first visitor register; this project makes that account an admin. */
export const registerFirstAdmin = async (
  cmsUrl: string,
  account: { email: string; password: string; name?: string },
): Promise<RestClient> => {
  await restClient(cmsUrl).post('/api/users/first-register', account)
  return login(cmsUrl, account.email, account.password)
}
