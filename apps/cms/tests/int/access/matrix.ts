import { afterEach, describe, expect, it } from 'vitest'
import {
  ACTORS,
  CONTENT_COLLECTIONS,
  titleField,
  validData,
  type Actor,
  type ContentCollection,
  type Doc,
  type Driver,
  type Id,
  type Outcome,
} from './driver'

const STAFF: Actor[] = ['editor', 'reviewer', 'admin']
const PUBLISHERS: Actor[] = ['reviewer', 'admin']

const expectAllowed = (outcome: Outcome, what: string): Doc | undefined => {
  if (!outcome.ok) throw new Error(`${what} was refused: ${outcome.status ?? ''} ${outcome.message}`)
  return outcome.doc
}

const expectRefused = (outcome: Outcome, what: string): void => {
  expect(outcome.ok, `${what} should have been refused`).toBe(false)
}

const expectAs = (allowed: boolean, outcome: Outcome, what: string): void => {
  if (allowed) expectAllowed(outcome, what)
  else expectRefused(outcome, what)
}

/** The agreed access rules, exercised for every actor against every content collection and the cycle. */
export const accessMatrix = (name: string, driver: () => Driver): void => {
  describe(`access matrix through ${name}`, () => {
    let created: { collection: ContentCollection; id: Id }[] = []

    const make = async (collection: ContentCollection, publish: boolean, title = 'Matrix document') => {
      const doc = expectAllowed(
        await driver().create(
          'admin',
          collection,
          { ...validData(collection, title), _status: publish ? 'published' : 'draft' },
          !publish,
        ),
        `admin creating ${collection}`,
      )
      if (!doc) throw new Error('create returned no document')
      created.push({ collection, id: doc.id })
      return doc
    }

    afterEach(async () => {
      for (const { collection, id } of created) await driver().remove('admin', collection, id)
      created = []
    })

    for (const collection of CONTENT_COLLECTIONS) {
      const title = titleField(collection)

      describe(collection, () => {
        for (const actor of ACTORS) {
          it(`${actor}: create a draft ${STAFF.includes(actor) ? 'allowed' : 'refused'}`, async () => {
            const outcome = await driver().create(
              actor,
              collection,
              { ...validData(collection, 'New draft'), _status: 'draft' },
              true,
            )
            if (outcome.ok && outcome.doc) created.push({ collection, id: outcome.doc.id })
            expectAs(STAFF.includes(actor), outcome, `${actor} creating a draft`)
          })

          it(`${actor}: create published ${PUBLISHERS.includes(actor) ? 'allowed' : 'refused'}`, async () => {
            const outcome = await driver().create(
              actor,
              collection,
              { ...validData(collection, 'New live'), _status: 'published' },
              false,
            )
            if (outcome.ok && outcome.doc) created.push({ collection, id: outcome.doc.id })
            expectAs(PUBLISHERS.includes(actor), outcome, `${actor} creating a published document`)
            if (actor === 'editor' && !outcome.ok)
              expect(outcome.message).toMatch(/only a reviewer or an admin can publish/)
          })

          it(`${actor}: reads published documents`, async () => {
            const doc = await make(collection, true, 'Visible to all')
            const outcome = await driver().read(actor, collection, doc.id, false)
            expect(expectAllowed(outcome, `${actor} reading`)?.[title]).toBe('Visible to all')
          })

          it(`${actor}: ${actor === 'anonymous' ? 'never sees' : 'sees'} a draft-only document`, async () => {
            const doc = await make(collection, false, 'Unpublished draft')
            const byId = await driver().read(actor, collection, doc.id, true)
            const listed = await driver().list(actor, collection, true)
            const ids = listed.ok ? (listed.docs ?? []).map((entry) => String(entry.id)) : []
            if (actor === 'anonymous') {
              expect(byId.ok && byId.doc ? byId.doc[title] : undefined).toBeUndefined()
              expect(ids).not.toContain(String(doc.id))
            } else {
              expect(expectAllowed(byId, `${actor} reading a draft`)?.[title]).toBe('Unpublished draft')
              expect(ids).toContain(String(doc.id))
            }
          })

          it(`${actor}: ${actor === 'anonymous' ? 'gets the published text, not' : 'gets'} a newer draft`, async () => {
            const doc = await make(collection, true, 'Published text')
            expectAllowed(
              await driver().update(
                'admin',
                collection,
                doc.id,
                { [title]: 'Newer draft text', _status: 'draft' },
                true,
              ),
              'saving a draft',
            )
            const outcome = await driver().read(actor, collection, doc.id, true)
            const seen = expectAllowed(outcome, `${actor} reading with draft=true`)?.[title]
            expect(seen).toBe(actor === 'anonymous' ? 'Published text' : 'Newer draft text')
          })

          it(`${actor}: save a draft ${STAFF.includes(actor) ? 'allowed' : 'refused'}`, async () => {
            const doc = await make(collection, true, 'Before')
            const outcome = await driver().update(
              actor,
              collection,
              doc.id,
              { [title]: 'Draft edit', _status: 'draft' },
              true,
            )
            expectAs(STAFF.includes(actor), outcome, `${actor} saving a draft`)
            const live = expectAllowed(await driver().read('anonymous', collection, doc.id, false), 'public read')
            expect(live?.[title]).toBe('Before')
          })

          it(`${actor}: publish ${PUBLISHERS.includes(actor) ? 'allowed' : 'refused'}`, async () => {
            const doc = await make(collection, false, 'Waiting for review')
            const outcome = await driver().update(actor, collection, doc.id, { _status: 'published' }, false)
            expectAs(PUBLISHERS.includes(actor), outcome, `${actor} publishing`)
            const publicView = await driver().read('anonymous', collection, doc.id, false)
            expect(publicView.ok && publicView.doc ? publicView.doc[title] : undefined).toBe(
              PUBLISHERS.includes(actor) ? 'Waiting for review' : undefined,
            )
          })

          it(`${actor}: change the live document ${PUBLISHERS.includes(actor) ? 'allowed' : 'refused'}`, async () => {
            const doc = await make(collection, true, 'Live')
            const outcome = await driver().update(actor, collection, doc.id, { [title]: 'Changed live' }, false)
            expectAs(PUBLISHERS.includes(actor), outcome, `${actor} updating a published document`)
            const live = expectAllowed(await driver().read('anonymous', collection, doc.id, false), 'public read')
            expect(live?.[title]).toBe(PUBLISHERS.includes(actor) ? 'Changed live' : 'Live')
          })

          it(`${actor}: unpublish ${PUBLISHERS.includes(actor) ? 'allowed' : 'refused'}`, async () => {
            const doc = await make(collection, true, 'Live until withdrawn')
            const outcome = await driver().update(actor, collection, doc.id, { _status: 'draft' }, false)
            expectAs(PUBLISHERS.includes(actor), outcome, `${actor} unpublishing`)
            const publicView = await driver().read('anonymous', collection, doc.id, false)
            expect(publicView.ok && publicView.doc ? publicView.doc[title] : undefined).toBe(
              PUBLISHERS.includes(actor) ? undefined : 'Live until withdrawn',
            )
          })

          it(`${actor}: delete ${actor === 'admin' ? 'allowed' : 'refused'}`, async () => {
            const doc = await make(collection, true, 'To delete')
            const outcome = await driver().remove(actor, collection, doc.id)
            expectAs(actor === 'admin', outcome, `${actor} deleting`)
            const after = await driver().read('admin', collection, doc.id, false)
            expect(after.ok).toBe(actor !== 'admin')
          })

          it(`${actor}: version history ${actor === 'anonymous' ? 'hidden' : 'visible'}`, async () => {
            const doc = await make(collection, true, 'Versioned')
            expectAllowed(
              await driver().update('admin', collection, doc.id, { [title]: 'Secret draft', _status: 'draft' }, true),
              'draft',
            )
            const outcome = await driver().versions(actor, collection, doc.id)
            const docs = outcome.ok ? (outcome.docs ?? []) : []
            if (actor === 'anonymous') {
              expect(JSON.stringify(docs)).not.toContain('Secret draft')
              expect(docs).toHaveLength(0)
            } else {
              expect(JSON.stringify(docs)).toContain('Secret draft')
            }
          })
        }
      })
    }

    describe('caregiving-cycle', () => {
      const publish = async (title: string) =>
        expectAllowed(
          await driver().updateCycle('admin', { title, _status: 'published' }, false),
          'admin publishing the cycle',
        )

      for (const actor of ACTORS) {
        it(`${actor}: draft and publish rules`, async () => {
          await publish('Cycle, published')
          const draft = await driver().updateCycle(actor, { title: `Cycle draft by ${actor}`, _status: 'draft' }, true)
          expectAs(STAFF.includes(actor), draft, `${actor} saving a cycle draft`)

          const seen = expectAllowed(await driver().readCycle(actor, true), `${actor} reading the cycle`)?.title
          if (actor === 'anonymous') expect(seen).toBe('Cycle, published')
          else expect(seen).toBe(`Cycle draft by ${actor}`)

          const live = await driver().updateCycle(
            actor,
            { title: `Cycle published by ${actor}`, _status: 'published' },
            false,
          )
          expectAs(PUBLISHERS.includes(actor), live, `${actor} publishing the cycle`)
          const publicTitle = expectAllowed(await driver().readCycle('anonymous', false), 'public cycle')?.title
          expect(publicTitle).toBe(PUBLISHERS.includes(actor) ? `Cycle published by ${actor}` : 'Cycle, published')

          const withdrawn = await driver().updateCycle(actor, { _status: 'draft' }, false)
          expectAs(PUBLISHERS.includes(actor), withdrawn, `${actor} unpublishing the cycle`)
          if (PUBLISHERS.includes(actor)) await publish('Cycle, published again')

          const versions = await driver().cycleVersions(actor)
          const docs = versions.ok ? (versions.docs ?? []) : []
          if (actor === 'anonymous') expect(docs).toHaveLength(0)
          else expect(docs.length).toBeGreaterThan(0)
        })
      }
    })
  })
}
