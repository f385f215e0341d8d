/**
 * The page code a site writes to show a SurveyJS survey with its plain-JavaScript UI: read the
 * survey's JSON, make the model, render it into its container. Runs after survey-core and
 * survey-js-ui (both deferred classic scripts, which define the `Survey` and `SurveyUI` globals).
 */

interface SurveyGlobals {
  Survey: { Model: new (json: unknown) => object }
  SurveyUI: { renderSurvey: (model: object, element: HTMLElement) => void }
}

const { Survey, SurveyUI } = window as unknown as Window & SurveyGlobals
const json = JSON.parse(document.getElementById('survey-json')!.textContent) as unknown
SurveyUI.renderSurvey(new Survey.Model(json), document.getElementById('survey')!)
