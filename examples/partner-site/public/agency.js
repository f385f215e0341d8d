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

  // The widgets follow the nearest lang attribute, so one attribute switches both diagrams to Welsh.
  const language = document.querySelector('.language-toggle')
  const diagrams = document.getElementById('model-widgets')
  if (language && diagrams) {
    language.hidden = false
    language.addEventListener('click', () => {
      const welsh = diagrams.getAttribute('lang') !== 'cy'
      if (welsh) diagrams.setAttribute('lang', 'cy')
      else diagrams.removeAttribute('lang')
      language.setAttribute('aria-pressed', String(welsh))
    })
  }

  // A finished checklist is a good moment to offer a conversation; the event carries no notes.
  const followup = document.getElementById('checklist-followup')
  document.addEventListener('secure-base-complete', () => {
    if (followup && followup.hidden) followup.hidden = false
  })
})
