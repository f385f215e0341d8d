import type { Meta, StoryObj } from '@storybook/web-components-vite'
import en from '@secure-base/content/fixtures/resources.en.json'
import cy from '@secure-base/content/fixtures/resources.cy.json'
import { NEVER_ANSWERS, UNREACHABLE, widget } from '../../.storybook/story-helpers.js'

interface Args {
  dimension?: string
  setting?: string
  language?: string
  hideFilters?: boolean
  theme?: string
}

const meta: Meta<Args> = {
  title: 'Widgets/Resources',
  component: 'secure-base-resources',
  args: { dimension: '', setting: '', language: '', hideFilters: false },
  argTypes: {
    dimension: {
      control: 'select',
      options: ['', 'availability', 'sensitivity', 'acceptance', 'co-operation', 'family-membership'],
    },
    setting: {
      control: 'select',
      options: ['', 'foster-care', 'adoption', 'kinship-care', 'residential-care', 'schools'],
    },
    language: { control: 'select', options: ['', 'en', 'cy', 'no'] },
  },
  render: ({ dimension, setting, language, hideFilters, theme }) =>
    widget('secure-base-resources', {
      inline: en,
      attributes: {
        dimension: dimension || undefined,
        setting: setting || undefined,
        language: language || undefined,
        'hide-filters': hideFilters ? '' : undefined,
        theme,
      },
    }),
}
export default meta

type Story = StoryObj<Args>

export const Resources: Story = {}

export const PresetFilters: Story = { args: { setting: 'foster-care', dimension: 'family-membership' } }

export const FixedListWithoutControls: Story = { args: { setting: 'schools', hideFilters: true } }

export const Welsh: Story = { render: () => widget('secure-base-resources', { inline: cy, lang: 'cy' }) }

export const Dark: Story = { args: { theme: 'dark' } }

export const Narrow320px: Story = { render: () => widget('secure-base-resources', { inline: en, width: '320px' }) }

export const NothingMatches: Story = { args: { language: 'no', setting: 'schools' } }

export const Empty: Story = { render: () => widget('secure-base-resources', { inline: { ...en, data: [] } }) }

export const Loading: Story = { render: () => widget('secure-base-resources', { attributes: { api: NEVER_ANSWERS } }) }

export const ServerDown: Story = { render: () => widget('secure-base-resources', { attributes: { api: UNREACHABLE } }) }
