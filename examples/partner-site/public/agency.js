// Harbour Lights Fostering's own page script. It must keep working whatever happens to the
// embedded widgets, so it touches nothing of theirs except listening to their public events.
document.addEventListener('DOMContentLoaded', () => {
  const header = document.querySelector('.site-header')
  const toggle = document.querySelector('.menu-toggle')
  const nav = document.getElementById('site-nav')
  if (header && toggle && nav) {
    header.classList.add('has-menu')
    toggle.hidden = false
    const setOpen = (open) => {
      header.classList.toggle('is-open', open)
      toggle.setAttribute('aria-expanded', String(open))
    }
    toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'))
    nav.addEventListener('click', (event) => {
      if (event.target instanceof HTMLAnchorElement) setOpen(false)
    })
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
        setOpen(false)
        toggle.focus()
      }
    })
  }

  const reveal = document.querySelector('.reveal-phone')
  const phone = document.getElementById('phone-number')
  if (reveal && phone) {
    reveal.addEventListener('click', () => {
      const show = phone.hidden
      phone.hidden = !show
      reveal.setAttribute('aria-expanded', String(show))
      reveal.textContent = show ? 'Hide our phone number' : 'Show our phone number'
    })
  }

  // A finished checklist is a good moment to offer a conversation; the event carries no notes.
  const followup = document.getElementById('checklist-followup')
  document.addEventListener('secure-base-complete', () => {
    if (followup && followup.hidden) followup.hidden = false
  })

  // Reach counts, which this agency opted in to: "a checklist was started" when the first answer
  // is given, "completed" when the summary opens. Only the slug and the event travel; no cookie
  // goes with them and nothing about the visitor or the child.
  const reported = new Set()
  const report = (event, target, checklist) => {
    const api = target instanceof Element ? target.getAttribute('api') : null
    const key = `${checklist}:${event}`
    if (!api || !checklist || reported.has(key)) return
    reported.add(key)
    fetch(`${api.replace(/\/+$/, '')}/api/widget/v1/reach`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ checklist, event }),
      credentials: 'omit',
      keepalive: true,
    }).catch(() => {
      // Counting is a courtesy; a visitor never sees it fail.
    })
  }
  const lastAnswered = new Map()
  document.addEventListener('secure-base-progress', (event) => {
    const { checklist, answered } = event.detail ?? {}
    const before = lastAnswered.get(checklist) ?? 0
    lastAnswered.set(checklist, answered)
    // Answers restored from an earlier sitting were started then, not now.
    if (before === 0 && answered === 1) report('started', event.target, checklist)
  })
  document.addEventListener('secure-base-complete', (event) => report('completed', event.target, event.detail?.checklist))
})
