/**
 * For the tests of the built bundle, which must not import the element sources: places an element
 * with inline JSON content, inside a `lang="cy"` section when asked, and returns it at once.
 */
export const place = (tag: string, content: unknown, { welsh = false }: { welsh?: boolean } = {}): HTMLElement => {
  const el = document.createElement(tag)
  const script = document.createElement('script')
  script.type = 'application/json'
  script.textContent = JSON.stringify(content)
  el.append(script)
  let parent: HTMLElement = document.body
  if (welsh) {
    parent = document.createElement('section')
    parent.lang = 'cy'
    document.body.append(parent)
  }
  parent.append(el)
  return el
}
