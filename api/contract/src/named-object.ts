import * as z from 'zod/mini'

// A schema with an id in zod's global registry is a component of the OpenAPI document (components/schemas), to which
// every schema that uses it refers by $ref; its description is shown there.

/** The shape, after a description where the component has one. */
type DescribedShape<Shape> = [shape: Shape] | [description: string, shape: Shape]

const component = <Shape>(id: string, rest: DescribedShape<Shape>) =>
  rest.length === 1 ? { shape: rest[0], meta: { id } } : { shape: rest[1], meta: { id, description: rest[0] } }

/** An object schema that the OpenAPI document names **id**, with its **description** if given. */
export function namedObject<Shape extends z.core.$ZodLooseShape>(id: string, ...rest: DescribedShape<Shape>) {
  const { shape, meta } = component(id, rest)
  return z.object(shape).register(z.globalRegistry, meta)
}

/** A strict object schema (an unknown field is refused) that the OpenAPI document names **id**, with its **description** if given. */
export function namedStrictObject<Shape extends z.core.$ZodLooseShape>(id: string, ...rest: DescribedShape<Shape>) {
  const { shape, meta } = component(id, rest)
  return z.strictObject(shape).register(z.globalRegistry, meta)
}
