/** Timing helpers shared by the in-page probes. */

/** The focused element, looking through open shadow roots. */
export const deepActive = (): Element | null => {
  let active = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

/** Resolves after the next task, without the 4 ms clamp nested timers get. */
export const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => resolve()
    channel.port2.postMessage(null)
  })

/** Resolves just after the next frame has been produced (a frame callback, then the task after it). */
export const afterPaint = (): Promise<number> =>
  new Promise((resolve) => requestAnimationFrame(() => void nextTask().then(() => resolve(performance.now()))))
