import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LEXICON_PATH } from './lexicon/lexicon-file.js'
import { MODEL_FILE } from './model/model-file.js'

let cached: Promise<string> | undefined

/**
 * A hash of the redactor's own code and word lists as installed, and of the lexicon derived from the registry
 * packages and the model trained on the labelled sets (so a new dictionary or name list version counts as a new redactor too). Whatever was redacted under another
 * fingerprint is redacted again, so an improved redactor reaches every published text without anyone
 * remembering to bump a version.
 */
export function redactorFingerprint(): Promise<string> {
  cached ??= (async () => {
    const root = dirname(fileURLToPath(import.meta.url))
    const files = (await readdir(root, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && /\.(js|ts|json|txt)$/.test(entry.name) && !entry.name.endsWith('.d.ts') && !entry.name.endsWith('.map'))
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
    const hash = createHash('sha256')
    for (const file of files) hash.update(file.slice(root.length)).update(await readFile(file))
    hash.update(await readFile(new URL(LEXICON_PATH, new URL('./lexicon/', import.meta.url))))
    // The model's weights: retrained on new labelled texts, it is a new redactor.
    hash.update(await readFile(MODEL_FILE))
    return hash.digest('hex').slice(0, 16)
  })()
  return cached
}
