import type { OperationHandler } from '../operation-handler.js'
import { openApiDocument } from '../../openapi/document.js'

/** `getOpenApi`: the document is made once, from the operations table, and served as it is. */
export function openApiHandler(): OperationHandler<'getOpenApi'> {
  const document = openApiDocument()
  return (c) => c.json(document)
}
