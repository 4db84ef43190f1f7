import { hash, verify } from '@node-rs/argon2';

// argon2id with the library defaults (m=19 MiB, t=2, p=1), the OWASP minimum.
export const hashPassword = (password: string) => hash(password);

// Verifying against a real hash even for unknown accounts keeps response times alike.
const DUMMY = '$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$3hW4pd5Y3sBvN2qgC5uZ5cGEx2hNOLg9n3lQoNw9k0Q';

export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    return await verify(storedHash ?? DUMMY, password);
  } catch {
    return false;
  }
}
