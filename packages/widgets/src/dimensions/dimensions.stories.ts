import type { Meta, StoryObj } from '@storybook/web-components-vite'
import en from '@secure-base/content/fixtures/dimensions.en.json'
import cy from '@secure-base/content/fixtures/dimensions.cy.json'
import { NEVER_ANSWERS, UNREACHABLE, widget } from '../../.storybook/story-helpers.js'

interface Args {
  selected?: string
  highlight?: string
  setting?: string
  theme?: string
}

const slugs = ['', 'availability', 'sensitivity', 'acceptance', 'co-operation', 'family-membership']

const meta: Meta<Args> = {
  title: 'Widgets/Five dimensions',
  component: 'secure-base-dimensions',
  args: { selected: '', highlight: '', setting: '' },
  argTypes: {
    selected: { control: 'select', options: slugs },
    setting: {
      control: 'select',
      options: ['', 'foster-care', 'adoption', 'kinship-care', 'residential-care', 'schools'],
    },
  },
  render: ({ selected, highlight, setting, theme }) =>
    widget('secure-base-dimensions', {
      inline: en,
      attributes: {
        selected: selected || undefined,
        highlight: highlight || undefined,
        setting: setting || undefined,
        theme,
      },
    }),
}
export default meta

type Story = StoryObj<Args>

export const Dimensions: Story = {}

export const Selected: Story = { args: { selected: 'availability', setting: 'foster-care' } }

export const HighlightedFromAChecklist: Story = {
  args: { highlight: 'acceptance sensitivity', selected: 'acceptance' },
}

export const Welsh: Story = {
  render: () => widget('secure-base-dimensions', { inline: cy, lang: 'cy', attributes: { selected: 'co-operation' } }),
}

export const Dark: Story = { args: { theme: 'dark', selected: 'family-membership', highlight: 'family-membership' } }

export const Narrow320px: Story = {
  render: () =>
    widget('secure-base-dimensions', { inline: en, width: '320px', attributes: { selected: 'sensitivity' } }),
}

export const Loading: Story = { render: () => widget('secure-base-dimensions', { attributes: { api: NEVER_ANSWERS } }) }

export const ServerDown: Story = {
  render: () => widget('secure-base-dimensions', { attributes: { api: UNREACHABLE } }),
}

export const Empty: Story = { render: () => widget('secure-base-dimensions', { inline: { ...en, data: [] } }) }
