// GraphiQL wired to this server's endpoint; all assets come from this server.
(function () {
  const endpoint = new URL('../graphql', window.location.href).toString();
  const fetcher = GraphiQL.createFetcher({ url: endpoint });
  const defaultQuery = `# GeoGraph: reported claims and the relations they assert.
{
  stats { articles claims entities relations }
  claims(filter: { speaker: "NATO" }, first: 5) {
    totalCount
    edges { node { text form hedged speaker { name } } }
  }
  relations(first: 5) {
    edges { node { from { name } type to { name } claimCount } }
  }
}
`;
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher,
    defaultQuery,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: true,
  }));
})();
