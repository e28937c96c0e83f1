#!/usr/bin/env bash
# Starts what docker-release's end-to-end tests need: a Docker daemon with its own data root and socket, and a
# Distribution registry on 127.0.0.1 with htpasswd (basic) auth. Loopback only, idempotent, backgrounded; returns
# once both answer. Installs nothing: the Debian packages are listed in .ci/apt/docker.txt.
#
# Source it (CI does) to get the variables in the current shell, or run it; either way it writes them to
# $CI_SUITE_DOCKER_DIR/env (mode 600), which the tests read:
#   DOCKER_HOST                 unix socket of this daemon
#   CI_SUITE_DOCKER_HOST        the same, for code that must not pick up a DOCKER_HOST set by someone else
#   CI_SUITE_REGISTRY           127.0.0.1:<port>
#   CI_SUITE_REGISTRY_USER      the registry's user
#   CI_SUITE_REGISTRY_PASSWORD  its password, generated at the first start (never committed anywhere)
#
# Settings: CI_SUITE_DOCKER_DIR (default /tmp/ci-suite-docker), CI_SUITE_REGISTRY_PORT (default 5055),
# CI_SUITE_DOCKER_STORAGE_DRIVER (default overlay2 where it works, else vfs, which works anywhere).
# Stop everything with: .ci/services/docker.sh stop

ci_suite_docker_service() {
  local dir="${CI_SUITE_DOCKER_DIR:-/tmp/ci-suite-docker}"
  local port="${CI_SUITE_REGISTRY_PORT:-5055}"
  local driver="${CI_SUITE_DOCKER_STORAGE_DRIVER:-}"
  local sock="$dir/docker.sock"
  local host="unix://$sock"
  local user="ci-suite"
  local tool
  for tool in dockerd docker docker-registry htpasswd curl; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "docker service: $tool is not installed (apt-get install -y \$(cat .ci/apt/docker.txt))" >&2
      return 1
    fi
  done

  if [ "${1:-start}" = "stop" ]; then
    local pidfile pid _
    for pidfile in "$dir/registry.pid" "$dir/dockerd.pid"; do
      pid="$(cat "$pidfile" 2>/dev/null || true)"
      if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 1 40); do
          kill -0 "$pid" 2>/dev/null || break
          sleep 0.5
        done
      fi
      rm -f "$pidfile"
    done
    return 0
  fi

  mkdir -p "$dir/data" "$dir/exec" "$dir/registry-data"
  chmod 700 "$dir"
  # overlay2 where the kernel has overlayfs and the data root is not itself on overlayfs (Docker in Docker);
  # vfs otherwise: slower (a full copy per layer) but it works anywhere
  if [ -z "$driver" ]; then
    if grep -qw overlay /proc/filesystems 2>/dev/null && [ "$(stat -f -c %T "$dir/data")" != "overlayfs" ]; then
      driver=overlay2
    else
      driver=vfs
    fi
  fi

  # the registry's credentials: generated once, kept for later starts
  if [ ! -s "$dir/registry.password" ]; then
    (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' >"$dir/registry.password")
  fi
  local password
  password="$(cat "$dir/registry.password")"
  if ! htpasswd -vb "$dir/htpasswd" "$user" "$password" >/dev/null 2>&1; then
    htpasswd -Bbn "$user" "$password" >"$dir/htpasswd.tmp" 2>/dev/null && mv "$dir/htpasswd.tmp" "$dir/htpasswd"
  fi

  # dockerd: no iptables, no bridge (builds need no network), its own data root, exec root and socket
  if ! docker -H "$host" version >/dev/null 2>&1; then
    if [ -s "$dir/dockerd.pid" ] && kill -0 "$(cat "$dir/dockerd.pid")" 2>/dev/null; then
      : # starting up: wait below
    else
      rm -f "$sock" "$dir/dockerd.pid"
      setsid dockerd \
        --host "$host" \
        --data-root "$dir/data" \
        --exec-root "$dir/exec" \
        --pidfile "$dir/dockerd.pid" \
        --storage-driver "$driver" \
        --iptables=false \
        --ip6tables=false \
        --ip-forward=false \
        --ip-masq=false \
        --bridge=none \
        --userland-proxy=false \
        --insecure-registry "127.0.0.1:$port" \
        </dev/null >"$dir/dockerd.log" 2>&1 &
    fi
  fi

  # the registry: htpasswd auth, loopback only
  cat >"$dir/registry.yml.tmp" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $dir/registry-data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
  secret: ci-suite-local-registry
auth:
  htpasswd:
    realm: ci-suite-registry
    path: $dir/htpasswd
EOF
  mv "$dir/registry.yml.tmp" "$dir/registry.yml"
  local registry_code
  registry_code="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/v2/" 2>/dev/null || true)"
  if [ "$registry_code" != "401" ]; then
    if [ -s "$dir/registry.pid" ] && kill -0 "$(cat "$dir/registry.pid")" 2>/dev/null; then
      : # starting up: wait below
    else
      setsid docker-registry serve "$dir/registry.yml" </dev/null >"$dir/registry.log" 2>&1 &
      echo $! >"$dir/registry.pid"
    fi
  fi

  # wait until both answer (the registry answers 401 without credentials, 200 with them)
  local _
  for _ in $(seq 1 120); do
    if docker -H "$host" version >/dev/null 2>&1 &&
      [ "$(curl -s -o /dev/null -w '%{http_code}' -u "$user:$password" "http://127.0.0.1:$port/v2/")" = "200" ]; then
      (
        umask 077
        {
          echo "DOCKER_HOST=$host"
          echo "CI_SUITE_DOCKER_HOST=$host"
          echo "CI_SUITE_REGISTRY=127.0.0.1:$port"
          echo "CI_SUITE_REGISTRY_USER=$user"
          echo "CI_SUITE_REGISTRY_PASSWORD=$password"
        } >"$dir/env.tmp"
        mv "$dir/env.tmp" "$dir/env"
      )
      export DOCKER_HOST="$host" CI_SUITE_DOCKER_HOST="$host" CI_SUITE_REGISTRY="127.0.0.1:$port"
      export CI_SUITE_REGISTRY_USER="$user" CI_SUITE_REGISTRY_PASSWORD="$password"
      echo "docker service: dockerd at $host, registry at 127.0.0.1:$port (env in $dir/env)"
      return 0
    fi
    sleep 0.5
  done
  echo "docker service: not ready after 60s; the last lines of the logs:" >&2
  tail -n 15 "$dir/dockerd.log" "$dir/registry.log" >&2 2>/dev/null
  return 1
}

ci_suite_docker_service "$@"
