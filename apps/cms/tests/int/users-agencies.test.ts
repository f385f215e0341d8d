import { beforeAll, describe, expect, inject, it } from 'vitest'
import { authHeader, login } from '../helpers/accounts'

const url = inject('cmsUrl')
const accounts = inject('cmsAccounts')
let tokens: Record<'admin' | 'editor' | 'reviewer', string>

const api = async (path: string, init: RequestInit & { token?: string } = {}) => {
  const { token, ...rest } = init
  const response = await fetch(`${url}/api${path}`, {
    ...rest,
    headers: { 'Content-Type': 'application/json', ...(token ? authHeader(token) : {}) },
  })
  // Each route answers a different shape; each test reads just the fields it checks.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, any> }
}

beforeAll(async () => {
  tokens = {
    admin: await login(url, accounts.admin),
    editor: await login(url, accounts.editor),
    reviewer: await login(url, accounts.reviewer),
  }
})

describe('users', () => {
  it('made the first account ever created an admin without being asked', async () => {
    const me = await api('/users/me', { token: tokens.admin })
    expect(me.body.user.email).toBe(accounts.admin.email)
    expect(me.body.user.role).toBe('admin')
  })

  it('stops an editor from promoting themselves', async () => {
    const me = await api('/users/me', { token: tokens.editor })
    await api(`/users/${me.body.user.id}`, {
      method: 'PATCH',
      token: tokens.editor,
      body: JSON.stringify({ role: 'admin', name: 'Still an editor' }),
    })
    const after = await api(`/users/${me.body.user.id}`, { token: tokens.admin })
    expect(after.body.role).toBe('editor')
    expect(after.body.name).toBe('Still an editor')
  })

  it('shows non-admins only their own account', async () => {
    const list = await api('/users?limit=100', { token: tokens.reviewer })
    expect(list.body.docs.map((user: { email: string }) => user.email)).toEqual([accounts.reviewer.email])
    const all = await api('/users?limit=100', { token: tokens.admin })
    expect(all.body.docs.length).toBeGreaterThanOrEqual(3)
    const anonymous = await api('/users')
    expect(anonymous.status).toBe(403)
  })

  it('lets only an admin create accounts', async () => {
    const attempt = await api('/users', {
      method: 'POST',
      token: tokens.reviewer,
      body: JSON.stringify({ email: 'sneaky@tests.secure-base.local', password: 'a-long-password', role: 'admin' }),
    })
    expect(attempt.status).toBe(403)
  })
})

describe('agencies', () => {
  let agencyId: number | string
  let staffToken: string

  beforeAll(async () => {
    const found = await api('/agencies?where[slug][equals]=harbour-lights-fostering', { token: tokens.admin })
    agencyId = found.body.docs[0].id
    const staff = { email: 'staff@harbour-lights.tests.local', password: 'harbour-staff-password' }
    const created = await api('/users', {
      method: 'POST',
      token: tokens.admin,
      body: JSON.stringify({ ...staff, role: 'editor', agency: agencyId }),
    })
    expect(created.status).toBe(201)
    staffToken = await login(url, staff)
  })

  it('are visible to admins and to that agency’s own staff only', async () => {
    expect((await api(`/agencies/${agencyId}`, { token: tokens.admin })).body.name).toBe('Harbour Lights Fostering')
    expect((await api(`/agencies/${agencyId}`, { token: staffToken })).body.name).toBe('Harbour Lights Fostering')
    expect((await api(`/agencies/${agencyId}`, { token: tokens.editor })).status).toBe(403)
    expect((await api('/agencies', { token: tokens.reviewer })).status).toBe(403)
    const staffList = await api('/agencies', { token: staffToken })
    expect(staffList.body.docs.map((agency: { slug: string }) => agency.slug)).toEqual(['harbour-lights-fostering'])
    expect((await api('/agencies')).status).toBe(403)
  })

  it('cannot be changed by their staff, who also cannot move themselves to another agency', async () => {
    const edit = await api(`/agencies/${agencyId}`, {
      method: 'PATCH',
      token: staffToken,
      body: JSON.stringify({ name: 'Taken over' }),
    })
    expect(edit.status).toBe(403)
    const me = await api('/users/me', { token: staffToken })
    await api(`/users/${me.body.user.id}`, {
      method: 'PATCH',
      token: staffToken,
      body: JSON.stringify({ agency: null }),
    })
    const after = await api(`/users/${me.body.user.id}`, { token: tokens.admin, method: 'GET' })
    expect(after.body.agency?.id ?? after.body.agency).toBe(agencyId)
  })
})
