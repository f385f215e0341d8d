import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Payload, SanitizedConfig } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countReport } from '../../../src/reach/counts'

/**
 * The MongoDB path without a MongoDB server (none can be installed here). The CMS's own config,
 * with a mongodb:// DATABASE_URL, builds the real @payloadcms/db-mongodb adapter, and the adapter
 * compiles its real mongoose models on a connection that is never opened. Mongoose then holds
 * every command back until a connection opens, announcing each on the connection's `buffer` event
 * with exactly the arguments it would hand the MongoDB driver: that is what these tests read.
 */
interface BufferedCommand {
  collectionName: string
  method: string
  args: unknown[]
}

interface MongoAdapter {
  name: string
  connection: {
    on: (event: 'buffer', listener: (command: BufferedCommand) => void) => void
    /** The mongoose instance the adapter uses. */
    base: { set: (key: 'bufferTimeoutMS', value: number) => void }
  }
  collections: Record<
    string,
    {
      collection: { collectionName: string }
      schema: { indexes: () => [Record<string, unknown>, Record<string, unknown>][] }
    }
  >
}

let dir: string
let config: SanitizedConfig
let payload: Payload
let db: MongoAdapter
const buffered: BufferedCommand[] = []

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'secure-base-mongo-'))
  process.env.DATABASE_URL = 'mongodb://127.0.0.1:9/secure-base'
  process.env.SECURE_BASE_DATA_DIR = dir
  config = await (await import('../../../src/payload.config')).default
  // Payload's own start, short of connecting (and of the first-run seed, which would need data):
  // it creates the adapter, which builds its models.
  const { getPayload } = await import('payload')
  payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
  db = payload.db
  db.connection.on('buffer', (command) => buffered.push(command))
  // Nothing will ever answer: give up on each held command quickly.
  db.connection.base.set('bufferTimeoutMS', 200)
})

afterAll(() => {
  delete process.env.DATABASE_URL
  rmSync(dir, { recursive: true, force: true })
})

/** Runs one report through countReport and returns the single command mongoose would have sent. */
const commandFor = async (agency: string | number, event: 'started' | 'completed'): Promise<BufferedCommand> => {
  buffered.length = 0
  await expect(
    countReport(payload, agency, { checklist: 'checklist-5-10-years', event }, '2026-03-14'),
  ).rejects.toThrow(/buffering timed out/)
  expect(buffered).toHaveLength(1)
  return buffered[0]!
}

describe('MongoDB adapter', () => {
  it('is the one a mongodb:// DATABASE_URL selects', () => {
    expect(config.db.name).toBe('mongoose')
    expect(config.db.defaultIDType).toBe('text')
  })
})

describe('reach counts on MongoDB', () => {
  it('are one upsert with $inc on the (agency, checklist, day) row', async () => {
    const agency = '65f1c0ffee0000000000abcd'
    const { collectionName, method, args } = await commandFor(agency, 'completed')
    expect(collectionName).toBe('reach-counts')
    expect(method).toBe('updateOne')
    const [filter, update, options] = args as [
      Record<string, unknown>,
      Record<string, Record<string, unknown>>,
      Record<string, unknown>,
    ]

    // The agency is matched as the ObjectId Payload stores relationships as, not as its hex string.
    expect(filter).toEqual({ agency: expect.anything(), checklist: 'checklist-5-10-years', day: '2026-03-14' })
    expect(filter.agency?.constructor.name).toBe('ObjectId')
    expect(String(filter.agency)).toBe(agency)

    expect(update.$inc).toEqual({ started: 0, completed: 1 })
    expect(update.$set?.updatedAt).toBeInstanceOf(Date)
    expect(update.$setOnInsert?.createdAt).toBeInstanceOf(Date)
    expect(options).toMatchObject({ upsert: true })
  })

  it('add one to "started" for a started report, and nothing else', async () => {
    const { args } = await commandFor('65f1c0ffee0000000000abcd', 'started')
    const update = args[1] as Record<string, Record<string, unknown>>
    expect(update.$inc).toEqual({ started: 1, completed: 0 })
    // Nothing but the counts and the timestamps is written: the row is found by its key alone.
    expect(Object.keys(update).sort()).toEqual(['$inc', '$set', '$setOnInsert'])
  })

  it('are kept unique per agency, checklist and day by a MongoDB index', () => {
    const model = db.collections['reach-counts']!
    expect(model.collection.collectionName).toBe('reach-counts')
    const indexes = model.schema.indexes()
    const compound = indexes.find(([fields]) => Object.keys(fields).join() === 'agency,checklist,day')
    expect(compound).toBeDefined()
    expect(compound![1]).toMatchObject({ unique: true })
  })
})
