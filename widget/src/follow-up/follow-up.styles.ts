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
    border-left: 6px solid var(--_accent);
    border-radius: 4px;
    padding: 0.75rem 1rem 0;
    background: var(--_notice);
  }
  .message.resident {
    border-left-color: var(--_border);
    background: var(--_bg);
    margin-left: min(2rem, 5%);
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
`
