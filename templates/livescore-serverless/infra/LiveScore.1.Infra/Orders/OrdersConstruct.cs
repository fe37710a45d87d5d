using Constructs;
using LiveScore._1.Functions.Orders;
using LiveScore._1.Infra.Hosting;

namespace LiveScore._1.Infra.Orders;

/// <summary>Order notifications, built from <see cref="OrderCatalog"/>: Orders and IdempotencyKeys tables, orders topic, HTTP API routes.</summary>
public sealed class OrdersConstruct(Construct scope, string id, AppResources resources)
    : FeatureConstruct(scope, id, resources, OrderCatalog.Tables, OrderCatalog.Topics, OrderCatalog.Functions);
