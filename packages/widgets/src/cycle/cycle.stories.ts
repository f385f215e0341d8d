import type { Meta, StoryObj } from '@storybook/web-components-vite'
import en from '@secure-base/content/fixtures/cycle.en.json'
import cy from '@secure-base/content/fixtures/cycle.cy.json'
import { NEVER_ANSWERS, UNREACHABLE, widget } from '../../.storybook/story-helpers.js'

interface Args {
  dimension?: string
  stage?: string
  theme?: string
}

const meta: Meta<Args> = {
  title: 'Widgets/Caregiving cycle',
  component: 'secure-base-cycle',
  args: { dimension: '', stage: '' },
  argTypes: {
    dimension: {
      control: 'select',
      options: ['', 'availability', 'sensitivity', 'acceptance', 'co-operation', 'family-membership'],
    },
    stage: {
      control: 'select',
      options: ['', 'child-needs', 'caregiver-thinking', 'caregiver-behaviour', 'child-thinking'],
    },
  },
  render: ({ dimension, stage, theme }) =>
    widget('secure-base-cycle', {
      inline: en,
      attributes: { dimension: dimension || undefined, stage: stage || undefined, theme },
    }),
}
export default meta

type Story = StoryObj<Args>

export const Cycle: Story = {}

export const WalkingADimension: Story = { args: { dimension: 'availability', stage: 'caregiver-behaviour' } }

export const Welsh: Story = {
  render: () => widget('secure-base-cycle', { inline: cy, lang: 'cy', attributes: { dimension: 'co-operation' } }),
}

export const Dark: Story = { args: { theme: 'dark', dimension: 'sensitivity' } }

export const Narrow320px: Story = {
  render: () =>
    widget('secure-base-cycle', { inline: en, width: '320px', attributes: { dimension: 'family-membership' } }),
}

export const Loading: Story = {
  render: () => widget('secure-base-cycle', { attributes: { api: NEVER_ANSWERS } }),
}

export const ServerDown: Story = {
  render: () => widget('secure-base-cycle', { attributes: { api: UNREACHABLE } }),
}

export const UnknownDimension: Story = { args: { dimension: 'team-membership' } }
