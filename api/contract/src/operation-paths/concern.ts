// Sending a concern: apart from the intake's other two, so the widget loads it with the form's steps.

export const createConcern = { method: 'POST', path: '/concerns' } as const
