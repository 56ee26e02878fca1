import { css } from 'lit'

// The review, the confirmation and the follow-up view share these; they come with the chunk that shows them, so a
// page that only shows the intro loads less.
export const laterStyles = css`
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
    padding-left: 1.25rem;
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
