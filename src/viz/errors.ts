/** An expected failure of the responsibility graphs, with a one-line hint. */
export class VizError extends Error {
  constructor(
    message: string,
    readonly hint: string,
    readonly code: 'NOT_FOUND' | 'BAD_USER_INPUT',
  ) {
    super(message);
    this.name = 'VizError';
  }
}
