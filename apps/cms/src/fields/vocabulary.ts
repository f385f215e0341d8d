import { AGE_BANDS, CARE_SETTINGS, RESOURCE_TYPES, type CareSetting } from '@secure-base/content'
import type { Option, SelectField } from 'payload'

const SETTING_LABELS: Record<CareSetting, string> = {
  'foster-care': 'Foster care',
  adoption: 'Adoption',
  'kinship-care': 'Kinship care',
  'residential-care': 'Residential care',
  schools: 'Schools',
}

const humanise = (value: string): string => {
  const spaced = value.replace(/-/g, ' ')
  return spaced.charAt(0).toUpperCase() + spaced.slice(1)
}

export const careSettingOptions: Option[] = CARE_SETTINGS.map((value) => ({ value, label: SETTING_LABELS[value] }))

export const ageBandOptions: Option[] = [
  { value: AGE_BANDS[0], label: '0 to 18 months' },
  { value: AGE_BANDS[1], label: '19 months to 4 years' },
  { value: AGE_BANDS[2], label: '5 to 10 years' },
  { value: AGE_BANDS[3], label: '11 to 18 years' },
]

export const resourceTypeOptions: Option[] = RESOURCE_TYPES.map((value) => ({ value, label: humanise(value) }))

/** The care settings a document speaks to; empty means it applies to all of them. */
export const settingsField = (description?: string): SelectField => ({
  name: 'settings',
  type: 'select',
  hasMany: true,
  options: careSettingOptions,
  admin: {
    description: description ?? 'The care settings this applies to. Leave empty if it applies to all of them.',
  },
})
