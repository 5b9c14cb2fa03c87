declare module 'virtual:growth-data' {
  const data: unknown;
  export default data;
}
