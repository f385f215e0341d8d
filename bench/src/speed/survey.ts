import type { Checklist } from '@secure-base/content'
import { ANSWERS, EVIDENCE_HINT, NOT_RATED, RATING_HINT, RATING_VALUES, ratings } from './checklist-form.js'

/**
 * The checklist as a SurveyJS survey that asks the same on one page: a panel per dimension, a radio
 * group with a comment area per question (SurveyJS's own way to attach a note to an answer), and a
 * radio group per rating. The progress bar counts answered questions, as the widget's does.
 */
export const surveyJson = (checklist: Checklist) => ({
  title: checklist.title,
  showQuestionNumbers: 'off',
  showProgressBar: true,
  progressBarLocation: 'top',
  progressBarType: 'questions',
  pages: [
    {
      name: 'checklist',
      elements: checklist.sections.map((section, s) => ({
        type: 'panel',
        name: `section-${s}`,
        title: section.dimension.name,
        description: section.dimension.subtitle,
        elements: [
          ...section.items.map((item) => ({
            type: 'radiogroup',
            name: item.id,
            title: item.question,
            colCount: 0,
            choices: ANSWERS.map((a) => ({ value: a.value, text: a.label })),
            showCommentArea: true,
            commentText: item.evidencePrompt || EVIDENCE_HINT,
          })),
          ...(checklist.asksRating
            ? ratings(section).map((rating, r) => ({
                type: 'radiogroup',
                name: `rating:${rating.key}`,
                title: rating.legend,
                ...(r === 0 ? { description: RATING_HINT } : {}),
                colCount: 0,
                choices: [
                  { value: 'none', text: NOT_RATED },
                  ...RATING_VALUES.map((v) => ({ value: v, text: String(v) })),
                ],
              }))
            : []),
        ],
      })),
    },
  ],
})
