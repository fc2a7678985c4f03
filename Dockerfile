# gazette-graph API. Neo4j runs in its own container (docker-compose.yml);
# with NEO4J_URI set the app starts no database itself, so no Java is needed here.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY tsconfig.json ./
COPY src ./src
COPY loaders ./loaders
COPY scripts ./scripts
RUN npx tsc -b && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=4000
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY schema ./schema
COPY data ./data
USER node
EXPOSE 4000
# What `npm start` runs, minus the TypeScript rebuild (done above).
CMD ["node", "dist/src/cli/main.js", "serve"]
