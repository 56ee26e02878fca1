import { css } from 'lit'

// The steps, the review, the confirmation and the follow-up view share these; they come with the chunk that shows
// them, so a page that only shows the intro loads less.
export const laterStyles = css`
  .progress {
    display: block;
    font-size: 1rem;
    font-weight: normal;
    margin-bottom: 0.25rem;
  }
  fieldset {
    border: 0;
    margin: 0 0 1.5rem;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
  }
  .label {
    display: block;
    font-weight: var(--utrecht-form-label-font-weight, bold);
    margin-bottom: 0.25rem;
  }
  .optional {
    font-weight: normal;
  }
  .field {
    margin: 0 0 1.5rem;
  }
  .hint {
    margin: 0 0 0.5rem;
  }
  .count {
    margin: 0.25rem 0 0;
  }
  .options {
    display: grid;
    gap: 0.5rem;
  }
  .option {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    cursor: pointer;
  }
  .option:has(:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  input[type='date'] {
    width: auto;
  }
  textarea {
    resize: vertical;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 3px;
  }
  .error {
    color: var(--_error);
    font-weight: bold;
    margin: 0 0 0.5rem;
  }
  .summary ul {
    margin: 0 0 1rem;
    padding-inline-start: 1.25rem;
  }
  .summary a {
    color: var(--_error);
    font-weight: bold;
  }
  @media (forced-colors: active) {
    .option:has(:checked) {
      outline: 2px solid Highlight;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .option {
      transition: box-shadow 0.15s, background-color 0.15s;
    }
  }
  .review {
    border-bottom: 1px solid var(--_border);
    padding-bottom: 1rem;
    margin-bottom: 1rem;
  }
  dl {
    margin: 0 0 0.75rem;
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0 0 0.5rem;
  }
  dd ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .copy {
    margin-bottom: 1rem;
  }
  .prewrap {
    white-space: pre-wrap;
  }
  .code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-size: 1.25em;
    letter-spacing: 0.05em;
  }
  .large {
    font-size: 1.6em;
    font-weight: bold;
  }
`
