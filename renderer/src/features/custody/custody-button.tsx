/**
 * The app bar's way into custody work (issue 5: address book, export, receipts, fixity,
 * backup). Placeholder until the custody screens land; renders nothing.
 */
export function CustodyButton() {
  return null;
}
