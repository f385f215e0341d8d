'use client'
import { useField } from '@payloadcms/ui'
import type { DefaultCellComponentProps, TextFieldClientProps } from 'payload'
import type { CSSProperties } from 'react'

const HEX_COLOUR = /^#[0-9a-f]{6}$/i

const swatchStyle = (colour: string): CSSProperties => ({
  display: 'inline-block',
  width: '1.25rem',
  height: '1.25rem',
  borderRadius: '50%',
  border: '1px solid rgba(0, 0, 0, 0.25)',
  background: colour,
  verticalAlign: 'middle',
  marginRight: '0.5rem',
})

function Swatch({ colour }: { colour: unknown }) {
  if (typeof colour !== 'string' || !HEX_COLOUR.test(colour)) return null
  return <span aria-hidden="true" style={swatchStyle(colour)} />
}

/** Shows the chosen colour beside its input so an editor can see it before saving. */
export function ColourSwatchField({ path }: TextFieldClientProps) {
  const { value } = useField<string>({ path: path ?? '' })
  return (
    <div style={{ marginTop: '0.5rem' }}>
      <Swatch colour={value} />
      {typeof value === 'string' && HEX_COLOUR.test(value) ? <span>Preview of {value}</span> : null}
    </div>
  )
}

export function ColourSwatchCell({ cellData }: DefaultCellComponentProps) {
  return (
    <span>
      <Swatch colour={cellData} />
      {typeof cellData === 'string' ? cellData : ''}
    </span>
  )
}
