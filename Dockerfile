# The API only; the database is the neo4j service of docker-compose.yml (NEO4J_URI is set there,
# so no embedded Neo4j, no Java in this image).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts=false
COPY schema ./schema
COPY seed ./seed
COPY src ./src
COPY tsconfig.json ./
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["node", "--import", "tsx", "src/cli/serve.ts"]
