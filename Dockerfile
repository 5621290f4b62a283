# syntax=docker/dockerfile:1
# GeoGraph's service image: built with the .NET 10 SDK, run on the ASP.NET Core 10 runtime.
# docker-compose.yml builds it; on its own: docker build -t geograph . && docker run -p 8080:8080 geograph

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY schema/ schema/
COPY seed-data/ seed-data/
COPY src/ src/
RUN dotnet publish src/GeoGraph.Api/GeoGraph.Api.csproj --configuration Release --output /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The runtime image listens on 8080 and runs as its unprivileged "app" user.
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "geograph.dll", "serve"]
