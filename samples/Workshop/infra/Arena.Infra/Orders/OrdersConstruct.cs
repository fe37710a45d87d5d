using Constructs;
using Arena.Functions.Orders;
using Arena.Infra.Hosting;

namespace Arena.Infra.Orders;

/// <summary>Order notifications, built from <see cref="OrderCatalog"/>: Orders and IdempotencyKeys tables, orders topic, HTTP API routes.</summary>
public sealed class OrdersConstruct(Construct scope, string id, AppResources resources)
    : FeatureConstruct(scope, id, resources, OrderCatalog.Tables, OrderCatalog.Topics, OrderCatalog.Functions);
