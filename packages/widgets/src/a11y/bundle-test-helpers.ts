/**
 * For the tests of the built bundle, which must not import the element sources: places an element
 * with inline JSON content (inside a `lang="cy"` section when asked) and returns it at once.
 */
export const place = (
  tag: string,
  content: unknown,
  {
    attributes = {},
    parent = document.body,
    welsh = false,
  }: { attributes?: Record<string, string>; parent?: HTMLElement; welsh?: boolean } = {},
): HTMLElement & { updateComplete: Promise<boolean> } => {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> }
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value)
  const script = document.createElement('script')
  script.type = 'application/json'
  script.textContent = JSON.stringify(content)
  el.append(script)
  let home = parent
  if (welsh) {
    home = document.createElement('section')
    home.lang = 'cy'
    parent.append(home)
  }
  home.append(el)
  return el
}
