import type { UIField } from 'payload'
import type { EmbedSnippetProps } from '../components/EmbedSnippet'

/** A read-only panel with the ready-to-copy embed snippet for this document's widget. */
export const embedSnippetField = (props: EmbedSnippetProps): UIField => ({
  name: 'embedSnippet',
  type: 'ui',
  admin: {
    components: { Field: { path: '/components/EmbedSnippet#EmbedSnippetField', clientProps: props } },
  },
})

export const agencyEmbedField: UIField = {
  name: 'embedSnippet',
  type: 'ui',
  admin: { components: { Field: '/components/AgencyEmbed#AgencyEmbedField' } },
}
