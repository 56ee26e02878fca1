/** The response header with the version of the publication a statistics answer was read from, the same on every instance. */
export const PUBLICATION_HEADER = 'Klankbord-Publication'
