export * from './names';
export * from './envelope';
export * from './operations';
export * from './events';
export * from './bridge';
export * from './schemes';
export * from './record-operations';
export * from './media-operations';
