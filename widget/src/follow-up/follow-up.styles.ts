import { css } from 'lit'

// Adopted next to the widget's own styles when this chunk loads, so the page-load bundle stays small.
export const styles = css`
  .follow-up {
    max-width: 40rem;
    background: var(--_bg);
  }
  .section {
    border-top: 1px solid var(--_border);
    margin-top: 1.5rem;
    padding-top: 1rem;
  }
  .code-input {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    letter-spacing: 0.05em;
  }
  .messages {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .message {
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: 4px;
    padding: 0.75rem 1rem 0;
    background: var(--_notice);
  }
  .message.resident {
    border-inline-start-color: var(--_border);
    background: var(--_bg);
    margin-inline-start: min(2rem, 5%);
  }
  .meta {
    margin-bottom: 0.25rem;
  }
  .sent {
    font-weight: bold;
  }
  .download {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--nl-button-border-radius, var(--utrecht-button-border-radius, 4px));
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: bold;
    text-decoration: none;
  }
  .download:hover {
    text-decoration: underline;
  }
  .download.secondary {
    background: var(--_bg);
    color: var(--_accent);
  }
  .stages {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
  }
  .stage {
    position: relative;
    padding: 0 0 1rem 2.25rem;
  }
  .stage p {
    margin: 0.25rem 0 0;
  }
  .stage::before {
    content: '';
    position: absolute;
    inset-inline-start: 0;
    top: 0.15em;
    width: 1.25rem;
    height: 1.25rem;
    border: 2px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
  }
  .stage.done::before {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  .stage.current::before {
    border: 0.4rem solid var(--_accent);
  }
  .stage:not(:last-child)::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.625rem - 1px);
    top: 1.6em;
    bottom: 0.2rem;
    border-inline-start: 2px solid var(--_border);
  }
  .next-steps {
    padding-inline-start: 1.25rem;
  }
  .copy-section {
    border-top: 1px solid var(--_border);
    padding-top: 0.75rem;
  }
  .events {
    padding-inline-start: 1.25rem;
  }
  @media print {
    .no-print,
    .actions,
    .reply-status {
      display: none;
    }
    .follow-up {
      max-width: none;
      color: #000;
    }
    .message,
    .events li {
      break-inside: avoid;
    }
    h3,
    dt {
      break-after: avoid;
    }
  }
`
