declare module 'virtual:konteks/matcher' {
  const matcher: import('./core/matcher').CompiledMatcher;
  export default matcher;
}
declare module 'virtual:konteks/articles' {
  const articles: import('./core/dataset').Article[];
  export default articles;
}
