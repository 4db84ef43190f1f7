export default {
  startup: {
    dataDirUnwritable:
      'Cannot write to the data folder "{{dir}}" ({{reason}}). Set DATA_DIR to a folder this user can write to, or fix its permissions.',
    diskFull: 'The disk of the data folder "{{dir}}" is full. Free some space, then start again.',
    dataDirInUse: 'The data folder "{{dir}}" is in use by another Mendan process (pid {{pid}}). Stop that process, then start again.',
    databaseUnreachable:
      'Cannot connect to the database of DATABASE_URL ({{target}}): {{reason}}. Check that PostgreSQL is running and that the host name and port are right.',
    databaseRejected:
      'The database ({{target}}) refused the connection: {{reason}}. Check the user name, password and database name in DATABASE_URL.',
    portInUse: 'Port {{port}} ({{host}}) is already used by another program. Stop that program, or set PORT to another number.',
    cannotListen: 'Cannot listen on {{host}}:{{port}} ({{reason}}). Check HOST and PORT.',
  },
};
