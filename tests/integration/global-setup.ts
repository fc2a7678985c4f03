// Placeholder until the local Neo4j launcher lands: starts nothing.
export default async function globalSetup(): Promise<void> {}
