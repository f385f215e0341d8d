import { afterEach, describe, expect, inject, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import fixture from '@secure-base/content/fixtures/checklist-5-10-years.en.json'
import {
  $,
  cleanUp,
  expectAccessible,
  mount,
  ratingRadio,
  savedFile,
  statusRadio,
  whenReady,
} from './testing/helpers.js'

afterEach(() => {
  vi.restoreAllMocks()
  cleanUp()
})

/** Watches the browser's object URLs to read back the exported file; the export itself runs unchanged. */
const captureExports = () => {
  const blobs: Blob[] = []
  const original = URL.createObjectURL.bind(URL)
  vi.spyOn(URL, 'createObjectURL').mockImplementation((obj: Blob | MediaSource) => {
    if (obj instanceof Blob) blobs.push(obj)
    return original(obj)
  })
  return blobs
}

const importFile = async (el: HTMLElement, file: File) => {
  const input = $<HTMLInputElement>(el, 'input[type="file"]')!
  await userEvent.upload(input, file)
}

describe('<secure-base-checklist> export and import', () => {
  it('exports answers to a JSON file named after the checklist and date, and imports them into a fresh browser', async () => {
    const blobs = captureExports()
    let el = await mount({ inline: fixture })
    await whenReady(el)
    await userEvent.click(statusRadio(el, 'fm-2', 'not-yet'))
    await userEvent.fill($(el, 'fieldset[data-item="fm-2"] textarea')!, 'Quiet after contact visits')
    await userEvent.click(ratingRadio(el, 'family-membership/birth-family', 3))
    await userEvent.click($(el, '[data-action="export"]')!)
    expect(blobs).toHaveLength(1)
    const today = new Date().toISOString().slice(0, 10)
    await expect.poll(() => el.shadowRoot!.textContent).toContain(`secure-base-5-10-years-${today}.json`)
    const text = await blobs[0]!.text()
    expect(JSON.parse(text).answers['fm-2']).toEqual({ status: 'not-yet', note: 'Quiet after contact visits' })

    // Another device: nothing saved, then the file is imported.
    el.remove()
    localStorage.clear()
    el = await mount({ inline: fixture })
    await whenReady(el)
    expect(statusRadio(el, 'fm-2', 'not-yet').checked).toBe(false)
    await importFile(el, new File([text], 'answers.json', { type: 'application/json' }))
    await expect.poll(() => statusRadio(el, 'fm-2', 'not-yet').checked).toBe(true)
    expect($<HTMLTextAreaElement>(el, 'fieldset[data-item="fm-2"] textarea')!.value).toBe('Quiet after contact visits')
    expect(ratingRadio(el, 'family-membership/birth-family', 3).checked).toBe(true)
    expect($(el, '[data-notice="import"]')!.textContent).toContain('answers.json')
    await expectAccessible(el)
  })

  it('rejects a file that is not checklist answers with a clear message and changes nothing', async () => {
    const el = await mount({ inline: fixture })
    await whenReady(el)
    await userEvent.click(statusRadio(el, 'se-1', 'seen'))
    await importFile(el, new File(['{"answers": "everything"}'], 'holiday.json', { type: 'application/json' }))
    await expect
      .poll(() => $(el, '[data-notice="import"]')?.textContent)
      .toContain('could not be read as checklist answers')
    expect($(el, '[data-notice="import"]')!.dataset.tone).toBe('error')
    expect(statusRadio(el, 'se-1', 'seen').checked).toBe(true)
    await expectAccessible(el)

    const wrong = savedFile({
      checklist: '0-18-months',
      version: '1',
      savedAt: '2026-11-01T10:00:00.000Z',
      answers: { 'se-1': { status: 'not-yet' } },
    })
    await importFile(el, new File([JSON.stringify(wrong)], 'baby.json', { type: 'application/json' }))
    await expect
      .poll(() => $(el, '[data-notice="import"]')?.textContent)
      .toContain('a different checklist (0-18-months)')
    expect(statusRadio(el, 'se-1', 'seen').checked).toBe(true)
  })

  it('sends nothing anywhere: the only requests are for the checklist content', async () => {
    const server = inject('fixtureServer')
    performance.clearResourceTimings()
    const el = await mount({ attributes: { api: server, checklist: '5-10-years' } })
    await whenReady(el)
    await userEvent.click(statusRadio(el, 'av-1', 'seen'))
    await userEvent.fill($(el, 'fieldset[data-item="av-1"] textarea')!, 'note')
    await userEvent.click($(el, '[data-action="summary"]')!)
    await userEvent.click($(el, '[data-action="export"]')!)
    const requests = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => !name.startsWith(location.origin))
    expect(requests).toEqual([`${server}/api/widget/v1/checklists/5-10-years?locale=en`])
  })
})
