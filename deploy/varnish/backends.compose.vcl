# The app instances of compose.yaml, health-checked every second (scripts/cluster/lib.mjs writes
# the same for npm run cluster, on loopback ports).
backend app1 {
  .host = "app1";
  .port = "3000";
  .connect_timeout = 1s;
  .first_byte_timeout = 60s;
  .probe = { .url = "/api/health"; .interval = 1s; .timeout = 3s; .window = 3; .threshold = 2; .initial = 2; }
}

backend app2 {
  .host = "app2";
  .port = "3000";
  .connect_timeout = 1s;
  .first_byte_timeout = 60s;
  .probe = { .url = "/api/health"; .interval = 1s; .timeout = 3s; .window = 3; .threshold = 2; .initial = 2; }
}

sub vcl_init {
  new app = directors.round_robin();
  app.add_backend(app1);
  app.add_backend(app2);
}
