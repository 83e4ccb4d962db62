/**
 * The app bar's way into user management (issue 7, administrators only). Placeholder until
 * the users screen lands; renders nothing.
 */
export function UsersButton() {
  return null;
}
