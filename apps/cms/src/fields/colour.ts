import type { TextField } from 'payload'

const HEX_COLOUR = /^#[0-9a-f]{6}$/i

export const validateColour = (value: unknown, required: boolean): true | string => {
  if (value === undefined || value === null || value === '') {
    return required ? 'A colour is required, written as #rrggbb (for example #2a6f97).' : true
  }
  if (typeof value === 'string' && HEX_COLOUR.test(value)) return true
  return `"${String(value)}" is not a colour: write it as # followed by six hexadecimal digits, e.g. #2a6f97.`
}

/** A #rrggbb colour; the list view and the field itself show a swatch so editors see what they chose. */
export const colourField = (
  name: string,
  options: { required?: boolean; label?: string; description?: string } = {},
): TextField => {
  const required = options.required ?? false
  return {
    name,
    type: 'text',
    required,
    ...(options.label ? { label: options.label } : {}),
    validate: (value: unknown) => validateColour(value, required),
    admin: {
      description: options.description ?? 'A colour written as #rrggbb.',
      components: {
        afterInput: ['/components/ColourSwatch#ColourSwatchField'],
        Cell: '/components/ColourSwatch#ColourSwatchCell',
      },
    },
  }
}
