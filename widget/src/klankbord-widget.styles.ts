import { css } from 'lit'

// Each value falls back from the widget's own property to NL Design System tokens of the host theme.
export const styles = css`
  :host {
    --_accent: var(--klankbord-accent, var(--nl-button-primary-background-color, var(--utrecht-button-primary-action-background-color, var(--basis-color-accent-1-bg-default, #1d4f91))));
    --_accent-text: var(--klankbord-accent-text, var(--nl-button-primary-color, var(--utrecht-button-primary-action-color, #fff)));
    --_text: var(--klankbord-text-color, var(--utrecht-document-color, var(--basis-color-default-color-document, #1a1a1a)));
    --_bg: var(--klankbord-background-color, var(--utrecht-document-background-color, var(--basis-color-default-bg-document, #fff)));
    --_border: var(--klankbord-border-color, var(--utrecht-form-control-border-color, var(--basis-form-control-border-color, #5c5c5c)));
    --_focus: var(--klankbord-focus-color, var(--utrecht-focus-outline-color, var(--basis-focus-outline-color, #1a1a1a)));
    --_error: var(--klankbord-error-color, var(--utrecht-form-control-invalid-border-color, var(--basis-form-control-invalid-border-color, #b3001b)));
    --_notice: var(--klankbord-notice-background-color, #eef3fa);
    display: block;
    color: var(--_text);
    font: inherit;
    line-height: 1.5;
    /* A word such as "vertrouwenspersoon" is wider than a 320 px phone's column at heading size: break it rather than scroll. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .root > form,
  .root > .alert,
  .root > .languages,
  dialog {
    max-width: 40rem;
  }
  form,
  dialog {
    background: var(--_bg);
    color: var(--_text);
  }
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 0.75rem;
  }
  /* Only long words, so B1 readers do not meet hyphens in ordinary text; needs the lang that .root carries. */
  h2,
  h3,
  legend,
  .label,
  button {
    hyphens: auto;
    hyphenate-limit-chars: 12 5 5;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.15em;
  }
  p {
    margin: 0 0 1rem;
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  .languages select {
    width: auto;
  }
  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    display: block;
    width: 100%;
    min-height: 44px;
    padding: 0.5rem;
    border: 2px solid var(--_border);
    border-radius: 4px;
    background: var(--utrecht-textarea-background-color, var(--utrecht-form-control-background-color, var(--basis-form-control-background-color, #fff)));
    color: inherit;
    font: inherit;
  }
  :focus-visible,
  .title:focus,
  .summary:focus,
  .alert:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .title:focus:not(:focus-visible) {
    outline: none;
  }
  button {
    max-width: 100%;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--nl-button-border-radius, var(--utrecht-button-border-radius, 4px));
    font: inherit;
    font-weight: bold;
    cursor: pointer;
  }
  .primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .primary:hover {
    background: var(--nl-button-primary-hover-background-color, var(--utrecht-button-primary-action-hover-background-color, var(--_accent)));
    text-decoration: underline;
  }
  .secondary {
    background: var(--_bg);
    color: var(--_accent);
  }
  .secondary:hover {
    text-decoration: underline;
  }
  [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1.5rem;
  }
  a {
    color: var(--_accent);
  }
  .notice,
  .alert,
  .summary {
    border-inline-start: 6px solid var(--_accent);
    background: var(--_notice);
    padding: 1rem 1rem 0.1rem;
    margin: 0 0 1.5rem;
  }
  .warning {
    border-color: #8a5a00;
    background: #fff5df;
  }
  .alert,
  .summary {
    border-color: var(--_error);
    background: #fdf0f1;
  }
  .follow-up-link {
    margin-top: 1.5rem;
  }
  dialog {
    width: min(40rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
    border: 0;
    border-radius: 8px;
    padding: 1rem 1.25rem 1.5rem;
    box-shadow: 0 0.5rem 2rem rgb(0 0 0 / 0.4);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .dialog-bar {
    display: flex;
    justify-content: flex-end;
    margin-bottom: 0.5rem;
  }
  .visually-hidden,
  .honeypot {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: no-preference) {
    button {
      transition: box-shadow 0.15s, background-color 0.15s;
    }
  }
`
