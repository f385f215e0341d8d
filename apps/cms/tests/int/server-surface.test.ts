import { describe, expect, inject, it } from 'vitest'

const url = inject('cmsUrl')

describe('one server for the admin and the APIs', () => {
  it('serves the admin login page', async () => {
    const response = await fetch(`${url}/admin/login`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Secure Base')
  })

  it('answers GraphQL queries but hides the playground in production', async () => {
    const query = await fetch(`${url}/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ Dimensions(sort: "order") { docs { slug } } }' }),
    })
    const body = (await query.json()) as { data: { Dimensions: { docs: { slug: string }[] } } }
    expect(body.data.Dimensions.docs.map((doc) => doc.slug)).toEqual([
      'availability',
      'sensitivity',
      'acceptance',
      'co-operation',
      'family-membership',
    ])
    const playground = await fetch(`${url}/api/graphql-playground`)
    expect(playground.status).toBeGreaterThanOrEqual(400)
    expect(await playground.text()).not.toMatch(/GraphQL Playground/i)
  })

  it('serves Welsh where it exists and English where it does not, through REST', async () => {
    const response = await fetch(`${url}/api/dimensions?locale=cy&sort=order&depth=0`)
    const { docs } = (await response.json()) as { docs: { name: string; caregiverFocus: string }[] }
    expect(docs[0]?.name).toBe('Argaeledd')
    expect(docs[0]?.caregiverFocus).toMatch(/^Being physically and emotionally present/)
  })
})
