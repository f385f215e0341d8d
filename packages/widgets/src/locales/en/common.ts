/** UI text shared by every widget, in English (the source catalogue). */
export const common = {
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.empty': 'There is nothing to show here yet.',
  'common.error.network': 'The content could not be reached. Check your connection and try again.',
  'common.error.http': 'The content server had a problem ({status}). Please try again.',
  'common.error.notFound': 'This content could not be found. It may have been moved or unpublished.',
  'common.error.invalid': 'The content arrived in a form this widget cannot read.',
  'common.error.timeout': 'The content is taking too long to arrive. Please try again.',
  'common.error.notAllowed': 'This website is not set up to show this content yet.',
  'common.error.trustedTypes': 'This website’s security settings do not let this content show here yet.',
  'common.credit':
    'The Secure Base model was developed by Gillian Schofield and Mary Beek at the University of East Anglia.',
  'common.creditLink': 'About the Secure Base model at UEA',
  'common.fallbackNotice': 'Some of this content is not yet available in your language and is shown in English.',
} as const
