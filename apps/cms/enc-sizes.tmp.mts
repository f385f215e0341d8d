import { request } from 'node:http'
import { startCms } from '@secure-base/test-support/cms'
const cms = await startCms({})
const get = (path: string, ae: string) => new Promise<{ coding?: string; len: number }>((resolve, reject) => {
  request(`${cms.url}/api/widget/v1${path}`, { headers: { 'accept-encoding': ae } }, (res) => {
    let len = 0; res.on('data', (c: Buffer) => (len += c.length)); res.on('end', () => resolve({ coding: res.headers['content-encoding'] as string | undefined, len }))
  }).on('error', reject).end()
})
try {
  for (const path of ['/cycle?locale=en', '/dimensions?locale=en', '/checklists/checklist-5-10-years?locale=en']) {
    const first = await get(path, 'gzip, deflate, br, zstd')
    const rows = [`first (Next): ${first.coding ?? 'identity'} ${first.len}`]
    for (const ae of ['identity', 'gzip', 'gzip, deflate, br, zstd']) { const r = await get(path, ae); rows.push(`${r.coding ?? 'identity'} ${r.len}`) }
    console.log(path, rows.join(' | '))
  }
} finally { await cms.stop() }
