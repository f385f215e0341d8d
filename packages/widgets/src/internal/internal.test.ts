import { afterEach, describe, expect, it, vi } from 'vitest'
import { html, render } from 'lit'
import type { RichText } from '@secure-base/content'
import type { LocaleController } from './locale-controller.js'
import { toUiLocale } from './locale-controller.js'
import { renderRichText } from './rich-text.js'
import { SafeStorage } from './storage.js'
import { SecureBaseElement } from './base-element.js'

class LocaleProbe extends SecureBaseElement {
  override render() {
    return html`<p>${this.i18n.t('common.retry')}</p>`
  }
}
customElements.define('secure-base-locale-probe', LocaleProbe)

afterEach(() => {
  vi.restoreAllMocks()
  document.body.replaceChildren()
})

describe('LocaleController', () => {
  it('maps language tags to a UI locale, others to English', () => {
    expect(toUiLocale('cy-GB')).toBe('cy')
    expect(toUiLocale('CY')).toBe('cy')
    expect(toUiLocale('fr')).toBe('en')
    expect(toUiLocale(null)).toBe('en')
  })

  it('takes the nearest lang across a shadow root and follows changes to it', async () => {
    const outer = document.createElement('div')
    outer.lang = 'cy'
    const hostOfShadow = document.createElement('div')
    outer.append(hostOfShadow)
    document.body.append(outer)
    const probe = document.createElement('secure-base-locale-probe') as LocaleProbe
    hostOfShadow.attachShadow({ mode: 'open' }).append(probe)
    await probe.updateComplete
    expect(probe.shadowRoot!.textContent).toContain('Rhowch gynnig arall')
    outer.lang = 'en-GB'
    await expect.poll(() => probe.shadowRoot!.textContent).toContain('Try again')
    probe.setAttribute('lang', 'cy')
    await expect.poll(() => probe.shadowRoot!.textContent).toContain('Rhowch gynnig arall')
  })

  it('speaks the language of its new place when moved under another lang', async () => {
    const english = document.createElement('section')
    english.lang = 'en'
    const welsh = document.createElement('section')
    welsh.lang = 'cy'
    document.body.append(english, welsh)
    const probe = document.createElement('secure-base-locale-probe') as LocaleProbe
    english.append(probe)
    await probe.updateComplete
    expect(probe.shadowRoot!.textContent).toContain('Try again')
    welsh.append(probe)
    await expect.poll(() => probe.shadowRoot!.textContent).toContain('Rhowch gynnig arall')
  })

  it('fills {name} placeholders and formats numbers and dates for the locale', async () => {
    const probe = document.createElement('secure-base-locale-probe') as LocaleProbe
    probe.lang = 'en'
    document.body.append(probe)
    await probe.updateComplete
    const i18n: LocaleController = probe.i18n
    expect(i18n.t('common.error.http', { status: '503' })).toContain('(503)')
    expect(i18n.formatDate('2026-10-01T09:00:00.000Z')).toBe('1 Oct 2026')
    expect(i18n.formatNumber(1234)).toBe('1,234')
    expect(i18n.formatDate('not a date')).toBe('')
  })
})

describe('renderRichText', () => {
  it('renders the content tree as elements, never as markup, with safe links', () => {
    const nodes: RichText = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Heading' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: '<img src=x onerror=alert(1)>', bold: true },
          { type: 'linebreak' },
          { type: 'link', href: 'https://www.uea.ac.uk/', children: [{ type: 'text', text: 'UEA' }] },
        ],
      },
      { type: 'list', ordered: true, items: [{ children: [{ type: 'text', text: 'one' }] }] },
      { type: 'quote', children: [{ type: 'text', text: 'said', italic: true }] },
    ]
    const host = document.createElement('div')
    render(renderRichText(nodes, { headingOffset: 1 }), host)
    expect(host.querySelector('h3')!.textContent).toBe('Heading')
    expect(host.querySelector('img')).toBeNull()
    expect(host.querySelector('strong')!.textContent).toBe('<img src=x onerror=alert(1)>')
    expect(host.querySelector('a')!.getAttribute('href')).toBe('https://www.uea.ac.uk/')
    expect(host.querySelector('ol li')!.textContent).toBe('one')
    expect(host.querySelector('blockquote em')!.textContent).toBe('said')
  })
})

describe('SafeStorage', () => {
  it('falls back to memory and says why when writing fails for lack of space', () => {
    const storage = new SafeStorage()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(storage.set('k', 'v')).toBe(false)
    expect(storage.notice).toBe('full')
    expect(storage.get('k')).toBe('v')
  })

  it('works in memory from the start when storage is unavailable', () => {
    const storage = new SafeStorage(null)
    expect(storage.persistent).toBe(false)
    expect(storage.notice).toBe('unavailable')
    storage.set('a', '1')
    expect(storage.get('a')).toBe('1')
    storage.remove('a')
    expect(storage.get('a')).toBeNull()
  })
})

describe('SecureBaseElement events', () => {
  it('dispatches typed events that bubble out of shadow roots', async () => {
    const probe = document.createElement('secure-base-locale-probe') as LocaleProbe
    document.body.append(probe)
    const seen: unknown[] = []
    document.addEventListener('secure-base-select', (e) => seen.push((e as CustomEvent).detail), { once: true })
    ;(probe as unknown as { emit: SecureBaseElement['emit'] }).emit('secure-base-select', {
      kind: 'dimension',
      key: 'acceptance',
    })
    expect(seen).toEqual([{ kind: 'dimension', key: 'acceptance' }])
  })
})
