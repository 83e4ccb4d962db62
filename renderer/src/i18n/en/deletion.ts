/** English strings of deleting a testimony (one file per feature so features can grow apart). */
export const deletion = {
  heading: 'Delete this testimony',
  intro: 'Deleting destroys the key of this testimony: its files, transcripts and records can never be read again, not even from a backup.',
  open: 'Delete testimony…',
  title: 'Delete testimony {{code}} for good?',
  explain:
    'Its originals, transcripts, narratives, people who appear only here, and the key that encrypts them are deleted. Copies of its files anywhere (backups, packages still encrypted to it) become unreadable. The audit log keeps a record that it was deleted, without its contents. This cannot be undone.',
  typeCode: 'To confirm, type the code {{code}}',
  mismatch: 'The code typed is not this testimony’s code.',
  confirm: 'Delete for good',
};
